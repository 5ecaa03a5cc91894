#!/usr/bin/env bash
# Daily backup with rotation: a consistent copy through the service (or the file when it is stopped),
# keeping the newest KEEP copies. Usage: scripts/backup.sh [backup-folder] [keep]
#   BOT="dotnet /opt/thanuyen-bot/ThanUyen.Bot.dll" scripts/backup.sh /var/backups/thanuyen-bot 14
# Run it from the service's working folder (where data/ and appsettings.json are), or set
# Storage__DatabasePath. The systemd timer installed by install-systemd.sh does both.
set -euo pipefail
folder="${1:-backups}"
keep="${2:-14}"
here="$(cd "$(dirname "$0")/.." && pwd)"
bot="${BOT:-dotnet run --project $here/src/ThanUyen.Bot -c Release --}"
mkdir -p "$folder"
chmod 700 "$folder"
file="$folder/thanuyen-$(date -u +%Y%m%d-%H%M%S).db"
$bot backup --out "$file"
# Rotation: newest first, drop everything after the first $keep.
ls -1t "$folder"/thanuyen-*.db 2>/dev/null | tail -n +"$((keep + 1))" | xargs -r rm -f --
echo "kept $(ls -1 "$folder"/thanuyen-*.db | wc -l) backups in $folder"
