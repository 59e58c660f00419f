// Grows the JavaScript heap until V8's heap limit (--max-old-space-size) stops it.
const hoard = [];
for (;;) hoard.push({ index: hoard.length, label: `entry ${hoard.length}`, values: [1, 2, 3, 4] });
