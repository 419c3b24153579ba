#!/usr/bin/env bash
# Installs what the build and its checks need, from Debian's packages, where missing: a JDK 17,
# Maven, promtool (package prometheus: also the end-to-end test's Prometheus server), amtool
# (prometheus-alertmanager), jq, Node.js and npm (Grafana's and Kubernetes' published types are
# npm packages), wrk (the HTTP load of the hand-run measurements in benchmarks/NOTES.md).
# Idempotent: a tool already on the PATH is left as it is.
#
# The prometheus and prometheus-alertmanager packages ship system services (Prometheus on :9090,
# Alertmanager on :9093) that Debian starts and enables on install. This build only runs their
# binaries, on ports of its own, so the install keeps them from starting (a temporary
# /usr/sbin/policy-rc.d answering 101, "action forbidden", which invoke-rc.d and
# deb-systemd-invoke obey) and, where systemd runs, disables the units it just installed so they
# do not start at the next boot either. A Prometheus installed before is not touched.
set -euo pipefail

missing=()
command -v javac >/dev/null 2>&1 || missing+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || missing+=(maven)
command -v promtool >/dev/null 2>&1 || missing+=(prometheus)
command -v amtool >/dev/null 2>&1 || missing+=(prometheus-alertmanager)
command -v jq >/dev/null 2>&1 || missing+=(jq)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
((${#missing[@]})) || exit 0

sudo_cmd=""
[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
policy=/usr/sbin/policy-rc.d
own_policy=false
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\n# Written by install-prerequisites.sh for the duration of its install.\nexit 101\n' |
    $sudo_cmd tee "$policy" >/dev/null
  $sudo_cmd chmod 755 "$policy"
  own_policy=true
fi
remove_policy() { if $own_policy; then $sudo_cmd rm -f "$policy"; fi; }
trap remove_policy EXIT

echo "Installing ${missing[*]} from Debian's packages"
$sudo_cmd apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends \
  "${missing[@]}"

if [ -d /run/systemd/system ]; then
  for package in prometheus prometheus-alertmanager; do
    if printf '%s\n' "${missing[@]}" | grep -qx "$package"; then
      $sudo_cmd systemctl disable --now "$package.service" >/dev/null 2>&1 || true
    fi
  done
fi
