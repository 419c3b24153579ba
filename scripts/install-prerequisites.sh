#!/usr/bin/env bash
# Installs the tools the build and its checks need, from Debian's packages, if missing:
# a JDK 17, Maven, Prometheus (for promtool and the end-to-end Prometheus server), jq and Node.js.
set -euo pipefail

missing=()
command -v javac >/dev/null 2>&1 || missing+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || missing+=(maven)
command -v promtool >/dev/null 2>&1 || missing+=(prometheus)
# The artifact checks: jq extracts PromQL from the dashboards, node and npm run tsc against
# Grafana's published dashboard types.
command -v jq >/dev/null 2>&1 || missing+=(jq)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)

if ((${#missing[@]})); then
  echo "Installing ${missing[*]} from Debian's packages"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
