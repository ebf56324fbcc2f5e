// The physical reference: a bare Node `http` server answering each path with fixed bytes.
// Usage: node bareServer.mjs <port> <content-type> </path=file> …
import fs from 'node:fs'
import http from 'node:http'

const [port, contentType, ...routes] = process.argv.slice(2)
const bodies = new Map(
  routes.map((route) => {
    const [urlPath, file] = route.split('=')
    return [urlPath, fs.readFileSync(file)]
  }),
)
http
  .createServer((request, response) => {
    const body = bodies.get(request.url ?? '')
    if (!body) {
      response.writeHead(404).end()
      return
    }
    response.writeHead(200, { 'content-length': body.length, 'content-type': contentType })
    response.end(body)
  })
  .listen(Number(port), '127.0.0.1', () => process.stdout.write('ready\n'))
