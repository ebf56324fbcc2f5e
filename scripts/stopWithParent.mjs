// @ts-check
// Preloaded (`node --import`) into the production servers tests and the bench start, with a pipe as
// standard input: when the process that started a server ends, however abruptly, the pipe closes
// and the server stops as on SIGTERM, instead of living on with its port.
process.stdin.on('end', () => process.kill(process.pid, 'SIGTERM'))
process.stdin.on('error', () => process.kill(process.pid, 'SIGTERM'))
process.stdin.resume()
