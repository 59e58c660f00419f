export const HELP = `Loopwise: a local-first command center for your job search.

Usage
  loopwise [start] [options]     run Loopwise on this machine (the default)
  loopwise serve [options]       run the server (same as start, without opening a browser)
  loopwise export [options]      write your data to a file
  loopwise import FILE [options] add the rows of a Loopwise export (.json or .json.gz) or the
                                 applications of a CSV file (a tracker's export or a spreadsheet)
  loopwise backup                write a backup now into the backup folder, and print its path
  loopwise restore FILE          replace ALL your data with a Loopwise export or backup
  loopwise --help                show this help
  loopwise --version             print the version

Options of start and serve
  --port <n>       port to listen on (default 4870; env PORT; 0 picks a free one)
  --host <addr>    address to bind (default 127.0.0.1)
  --no-open        do not open the browser

Options of export
  --format <f>     json (everything, the default), csv, or vcard (contacts)
  --what <w>       with --format csv: applications (the default) or contacts
  -o, --out <file> the file to write (default loopwise-<what>-<date>.<ext> here; - for standard output)
  -f, --force      overwrite the file if it exists

Options of import, for a CSV file (its columns are matched by their names)
  --dry-run                  check the file and say what it would add; write nothing
  --date-order mdy|dmy       read dates such as 03/04/2025 month first or day first, where the
                             file does not show which (month first unless told)
  --status "STATUS=STAGE"    the stage for a status Loopwise does not know, repeatable:
                             --status "Phone call=recruiter_screen"

Data commands talk to the running Loopwise when one holds the data folder, and open the
folder themselves otherwise. Import skips what is already there, so importing a file twice adds
nothing; a file that does not validate changes nothing (a CSV file with any row in error lists
those rows by line and imports none). Restore keeps your current data unless the whole restore
succeeds, and in local mode backs it up first.

Backups
  While Loopwise runs it writes a backup each day into $LOOPWISE_HOME/backups
  (loopwise-<UTC time>.json.gz: the JSON export, gzipped) and keeps the newest 14.

Environment
  LOOPWISE_HOME    data folder (default ~/.loopwise); the database lives in its data/ folder
  DATABASE_URL     use this PostgreSQL server instead of the embedded database (no automatic
                   backups: back PostgreSQL up with pg_dump)
  PORT             port, when --port is not given
`;
