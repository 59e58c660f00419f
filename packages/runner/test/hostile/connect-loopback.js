// Tries to reach a TCP server on the host's loopback (its port is the first argument).
const net = require("node:net");

const port = Number(process.argv[2]);
const socket = net.connect({ host: "127.0.0.1", port, timeout: 2000 });
socket.on("connect", () => {
  socket.end("hello from the sandbox");
  console.log(JSON.stringify({ result: "connected" }));
});
socket.on("timeout", () => {
  console.log(JSON.stringify({ result: "timeout" }));
  socket.destroy();
});
socket.on("error", (error) => console.log(JSON.stringify({ result: error.code })));
