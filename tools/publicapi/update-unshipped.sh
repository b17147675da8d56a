#!/usr/bin/env bash
# Records new public members of PolicySpeech.Analysis in PublicAPI.Unshipped.txt (see update-unshipped.py).
exec python3 "$(dirname "$0")/update-unshipped.py" "$@"
