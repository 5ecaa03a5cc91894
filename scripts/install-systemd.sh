#!/usr/bin/env bash
# Installs ThanUyen.Bot as a systemd service (run as root on the server, from a clone):
#   sudo scripts/install-systemd.sh
# - publishes to /opt/thanuyen-bot, data in /var/lib/thanuyen-bot (user thanuyen-bot)
# - secrets in /etc/thanuyen-bot/env (mode 600): edit it, then `systemctl restart thanuyen-bot`
# - restarts on failure; a daily backup timer keeps 14 copies in /var/backups/thanuyen-bot, running a
#   root-owned copy of scripts/backup.sh in /usr/local/lib/thanuyen-bot (never the clone: whoever can
#   write to the clone would otherwise run code as the service user every night)
#   scripts/install-systemd.sh --units-only DIR   writes only the unit files into DIR (to inspect, or
#                                                  `systemd-analyze verify DIR/*`), touching nothing else
#   THANUYEN_LIB=DIR  where backup.sh is installed (default /usr/local/lib/thanuyen-bot)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
app=/opt/thanuyen-bot data=/var/lib/thanuyen-bot etc=/etc/thanuyen-bot backups=/var/backups/thanuyen-bot
units=/etc/systemd/system
lib="${THANUYEN_LIB:-/usr/local/lib/thanuyen-bot}"

install_files() {
  id thanuyen-bot >/dev/null 2>&1 || useradd --system --home "$data" --shell /usr/sbin/nologin thanuyen-bot
  dotnet publish "$here/src/ThanUyen.Bot" -c Release -o "$app" --nologo
  install -d -m 700 -o thanuyen-bot -g thanuyen-bot "$data" "$backups"
  install -d -m 755 "$etc"
  install -d -m 755 -o root -g root "$lib"
  install -m 755 -o root -g root "$here/scripts/backup.sh" "$lib/backup.sh"
  if [ ! -f "$etc/env" ]; then
    install -m 600 -o root -g root /dev/null "$etc/env"
    cat >"$etc/env" <<'ENV'
# ThanUyen.Bot secrets and settings (mode 600). Names are Section__Key.
Telegram__BotToken=
Bot__Admins__0=telegram:000000000
Console__Enabled=false
Storage__DatabasePath=/var/lib/thanuyen-bot/data/thanuyen.db
# Zalo__BotToken=
# Storage__Password=
ENV
  fi
}

write_units() {
  cat >"$units/thanuyen-bot.service" <<UNIT
[Unit]
Description=ThanUyen.Bot — community reporting chat service
After=network-online.target
Wants=network-online.target

[Service]
Type=notify
User=thanuyen-bot
WorkingDirectory=$data
ExecStart=/usr/bin/env dotnet $app/ThanUyen.Bot.dll
EnvironmentFile=$etc/env
StandardInput=null
Restart=on-failure
RestartSec=5
UMask=0077
NoNewPrivileges=true
ProtectSystem=strict
ReadWritePaths=$data $backups
PrivateTmp=true

[Install]
WantedBy=multi-user.target
UNIT

  cat >"$units/thanuyen-bot-backup.service" <<UNIT
[Unit]
Description=ThanUyen.Bot daily backup

[Service]
Type=oneshot
User=thanuyen-bot
WorkingDirectory=$data
EnvironmentFile=$etc/env
Environment="BOT=dotnet $app/ThanUyen.Bot.dll"
ExecStart=$lib/backup.sh $backups 14
UMask=0077
NoNewPrivileges=true
ProtectSystem=strict
ReadWritePaths=$data $backups
PrivateTmp=true
UNIT

  cat >"$units/thanuyen-bot-backup.timer" <<UNIT
[Unit]
Description=Daily ThanUyen.Bot backup

[Timer]
OnCalendar=*-*-* 02:30:00
Persistent=true

[Install]
WantedBy=timers.target
UNIT
}

if [ "${1:-}" = "--units-only" ]; then
  units="${2:?give a directory}"
  mkdir -p "$units"
  write_units
  echo "unit files written to $units"
  exit 0
fi
[ "$(id -u)" = 0 ] || { echo "run as root (sudo)"; exit 1; }
install_files
write_units
systemctl daemon-reload
systemctl enable --now thanuyen-bot.service thanuyen-bot-backup.timer
echo "installed. Put the token in $etc/env, then: systemctl restart thanuyen-bot; journalctl -u thanuyen-bot -f"
