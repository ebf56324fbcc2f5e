// @ts-check
import net from 'node:net'

/** @returns {Promise<number>} a loopback port nothing listens on at the moment of asking */
export const freePort = () =>
  new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = /** @type {net.AddressInfo} */ (probe.address())
      probe.close(() => resolve(port))
    })
  })
