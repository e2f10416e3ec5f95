import { createEmulator } from './emulator'
import { USAGE, UsageError, parseCli } from './emulator/cli-args'

async function main(): Promise<void> {
  let cli: ReturnType<typeof parseCli>
  try {
    cli = parseCli(process.argv.slice(2), process.env)
  } catch (e) {
    if (!(e instanceof UsageError)) throw e
    console.error(`emulator: ${e.message}\n\n${USAGE}`)
    process.exit(2)
  }
  if (cli.help) {
    console.log(USAGE)
    return
  }
  const emulator = createEmulator(cli.options)
  const { baseUrl, tokenUrl } = await emulator.listen(cli.port, cli.host)
  const { keyId, secret, email } = emulator.credentials
  const load = emulator.options.load
  console.log(
    [
      `DT API emulator listening`,
      `  API base URL  ${baseUrl}`,
      `  token URL     ${tokenUrl}`,
      `  project id    ${emulator.projectId}`,
      `  key id        ${keyId}`,
      `  secret        ${secret}`,
      `  email         ${email}`,
      `  mode          ${load ? `load: ${load.devices} devices, ${load.rate} events/s` : emulator.options.simulate ? 'demo facility' : 'empty'}${emulator.options.faults ? ', fault API on /control' : ''}`,
    ].join('\n'),
  )
  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return
    stopping = true
    console.log(`emulator: ${signal}, closing`)
    void emulator.close().then(() => process.exit(0))
  }
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
}

main().catch((e: unknown) => {
  console.error('emulator: failed to start:', e instanceof Error ? e.message : e)
  process.exit(1)
})
