#!/usr/bin/env bash
# Daily backup with rotation: a consistent copy through the service (or the file when it is stopped),
# plus the media folder as <copy>.media.tar, keeping the newest KEEP copies. Usage:
#   scripts/backup.sh [backup-folder] [keep]
#   BOT="dotnet /opt/thanuyen-bot/ThanUyen.Bot.dll" scripts/backup.sh /var/backups/thanuyen-bot 14
# Run it from the service's working folder (where data/ and appsettings.json are), or set
# Storage__DatabasePath. The systemd timer installed by install-systemd.sh runs a root-owned copy of this
# script (/usr/local/lib/thanuyen-bot/backup.sh) and does both.
set -euo pipefail
folder="${1:-backups}"
keep="${2:-14}"
here="$(cd "$(dirname "$0")/.." && pwd)"
if [ -z "${BOT:-}" ]; then
  if [ -d "$here/src/ThanUyen.Bot" ]; then BOT="dotnet run --project $here/src/ThanUyen.Bot -c Release --"
  else BOT="dotnet /opt/thanuyen-bot/ThanUyen.Bot.dll"; fi
fi
mkdir -p "$folder"
chmod 700 "$folder"
file="$folder/thanuyen-$(date -u +%Y%m%d-%H%M%S).db"
$BOT backup --out "$file"
# Rotation: newest first, drop everything after the first $keep, each copy with its media tar.
ls -1t "$folder"/thanuyen-*.db 2>/dev/null | tail -n +"$((keep + 1))" | while IFS= read -r old; do
  rm -f -- "$old" "$old.media.tar" "$old.lock"
done
echo "kept $(ls -1 "$folder"/thanuyen-*.db | wc -l) backups (with their .media.tar) in $folder"
