// The value after a `--name` in a bench script's arguments, or the fallback.
'use strict';

function option(args, name, fallback) {
  const index = args.indexOf(name);
  return index === -1 ? fallback : args[index + 1];
}

module.exports = { option };
