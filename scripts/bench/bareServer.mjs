// The physical reference: a bare Node `http` server answering every request with the same bytes.
import fs from 'node:fs'
import http from 'node:http'

const [file, port, contentType] = process.argv.slice(2)
const body = fs.readFileSync(file)
http
  .createServer((request, response) => {
    response.writeHead(200, { 'content-length': body.length, 'content-type': contentType })
    response.end(body)
  })
  .listen(Number(port), '127.0.0.1', () => process.stdout.write('ready\n'))
