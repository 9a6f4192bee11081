import { runSignCli } from './sign-cli';

process.exitCode = await runSignCli(process.argv.slice(2), {
  env: process.env,
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
});
