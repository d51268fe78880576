#!/usr/bin/env bash
# --format sarif validates against the official SARIF 2.1.0 JSON schema (shipped by the npm
# package @microsoft/jest-sarif; scripts/install-deps.sh --test installs it) with Debian's
# python3-jsonschema. Checks the live output for the fixtures and the golden sample, which has
# related locations across articles. Skips (77) when the schema or the validator is missing.
set -euo pipefail
bin=$1 root=$2
schema=${QUOTECHECK_SARIF_SCHEMA:-}
if [[ -z $schema ]]; then
  for dir in "$(npm root -g 2>/dev/null || true)" /usr/lib/node_modules /usr/local/lib/node_modules; do
    candidate=$dir/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json
    if [[ -n $dir && -f $candidate ]]; then schema=$candidate; break; fi
  done
fi
if [[ ! -f $schema ]]; then
  echo "SKIP: SARIF 2.1.0 schema not installed (scripts/install-deps.sh --test)"
  exit 77
fi
python=
for candidate in /usr/bin/python3 python3; do
  if "$candidate" -c 'import jsonschema' 2>/dev/null; then python=$candidate; break; fi
done
if [[ -z $python ]]; then
  echo "SKIP: python3-jsonschema not installed (scripts/install-deps.sh --test)"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"
"$bin" check fixtures --format sarif -o "$work/fixtures.sarif" --fail-on none
"$python" - "$schema" "$work/fixtures.sarif" tests/golden/sample.sarif <<'PY'
import json, sys
import jsonschema

schema = json.load(open(sys.argv[1], encoding="utf-8"))
validator = jsonschema.Draft4Validator(schema)
failed = False
for path in sys.argv[2:]:
    log = json.load(open(path, encoding="utf-8"))
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
    for error in errors[:20]:
        print(f"{path}: {'/'.join(map(str, error.absolute_path))}: {error.message}")
    failed |= bool(errors)
    results = log["runs"][0]["results"]
    print(f"{path}: {'INVALID' if errors else 'valid'} SARIF 2.1.0, {len(results)} results")
    if not results:
        print(f"{path}: expected results to validate")
        failed = True
sys.exit(1 if failed else 0)
PY
