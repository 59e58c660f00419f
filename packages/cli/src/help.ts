export const HELP = `Loopwise: a local-first command center for your job search.

Usage
  loopwise [start] [options]     run Loopwise on this machine (the default)
  loopwise serve [options]       run the server (same as start, without opening a browser)
  loopwise --help                show this help
  loopwise --version             print the version

Options
  --port <n>       port to listen on (default 4870; env PORT; 0 picks a free one)
  --host <addr>    address to bind (default 127.0.0.1)
  --no-open        do not open the browser

Environment
  LOOPWISE_HOME    data folder (default ~/.loopwise); the database lives in its data/ folder
  DATABASE_URL     use this PostgreSQL server instead of the embedded database
  PORT             port, when --port is not given
`;
