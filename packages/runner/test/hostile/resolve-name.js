// Tries to resolve a name: there is no network and no resolver configuration.
const dns = require("node:dns");

dns.lookup("example.com", (error, address) => {
  console.log(JSON.stringify(error ? { error: error.code } : { address }));
});
