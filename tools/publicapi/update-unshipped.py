#!/usr/bin/env python3
"""Records the library's public API in src/PolicySpeech.Analysis/PublicAPI.Unshipped.txt.

Microsoft.CodeAnalysis.PublicApiAnalyzers reports every public symbol missing from PublicAPI.Shipped.txt /
PublicAPI.Unshipped.txt as RS0016 and every recorded symbol that no longer exists as RS0017. Its code fix (which
edits the files) runs only inside an IDE, so this script does the same from the command line: it builds the library
(into a temporary artifacts folder, leaving bin/obj alone), reads the diagnostics from the build log, appends the
missing symbols to PublicAPI.Unshipped.txt and removes the vanished ones from it, in the analyzer's own format.

Usage:  python3 tools/publicapi/update-unshipped.py [--check] [--log BUILD_LOG]
  --check   only report what would change; exit 1 when the files are out of date
  --log     read an existing build log instead of building
"""
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PROJECT = os.path.join(ROOT, "src", "PolicySpeech.Analysis", "PolicySpeech.Analysis.csproj")
UNSHIPPED = os.path.join(ROOT, "src", "PolicySpeech.Analysis", "PublicAPI.Unshipped.txt")
SHIPPED = os.path.join(ROOT, "src", "PolicySpeech.Analysis", "PublicAPI.Shipped.txt")

MISSING = re.compile(r"\bRS0016: Symbol '(?P<symbol>.+?)' is not part of the declared public API")
VANISHED = re.compile(r"\bRS0017: Symbol '(?P<symbol>.+?)' is part of the declared API, but is either not public or could not be found")


def build_log() -> str:
    with tempfile.TemporaryDirectory(prefix="publicapi-") as artifacts:
        env = dict(os.environ, DOTNET_CLI_TELEMETRY_OPTOUT="1", DOTNET_NOLOGO="1")
        result = subprocess.run(
            ["dotnet", "build", PROJECT, "--artifacts-path", artifacts, "--no-incremental",
             "-p:TreatWarningsAsErrors=false", "-clp:NoSummary", "-nodeReuse:false"],
            capture_output=True, text=True, env=env, cwd=ROOT, timeout=900)
        return result.stdout + result.stderr


def read_lines(path: str) -> list[str]:
    if not os.path.exists(path):
        return ["#nullable enable"]
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\r\n") for line in f if line.strip()]


def main(argv: list[str]) -> int:
    check = "--check" in argv
    if "--log" in argv:
        with open(argv[argv.index("--log") + 1], encoding="utf-8") as f:
            log = f.read()
    else:
        log = build_log()

    missing = sorted({m.group("symbol") for m in MISSING.finditer(log)})
    vanished = {m.group("symbol") for m in VANISHED.finditer(log)}
    if re.search(r"\berror (?!RS00(16|17|26|27))[A-Z]+\d+", log) and not missing and not vanished:
        print("the build failed for another reason:\n" + "\n".join(l for l in log.splitlines() if " error " in l)[:4000], file=sys.stderr)
        return 2

    lines = read_lines(UNSHIPPED)
    header = [l for l in lines if l.startswith("#")] or ["#nullable enable"]
    body = [l for l in lines if not l.startswith("#") and l not in vanished]
    removed_from_shipped = sorted(vanished & set(read_lines(SHIPPED)))
    new_body = sorted(set(body) | set(missing), key=lambda s: (s.lstrip("*REMOVED*"), s))

    if check:
        for symbol in missing:
            print("missing:  " + symbol)
        for symbol in sorted(vanished):
            print("vanished: " + symbol)
        return 1 if missing or vanished else 0

    with open(UNSHIPPED, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(header + new_body) + "\n")
    print(f"PublicAPI.Unshipped.txt: {len(missing)} added, {len(set(body) ^ set(lines) - set(header))} removed, {len(new_body)} entries")
    for symbol in removed_from_shipped:
        # A shipped symbol that disappeared is a breaking change: the analyzer wants it marked, not deleted.
        print("breaking: shipped symbol removed; add '*REMOVED*" + symbol + "' to PublicAPI.Unshipped.txt if intended", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
