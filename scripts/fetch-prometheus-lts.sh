#!/usr/bin/env bash
# Fetches Prometheus 3.5 LTS (prometheus, promtool) and Alertmanager 0.33 (alertmanager, amtool)
# from Debian's archive into tools/ of this checkout, beside Debian 12's 2.42 and 0.25 on the PATH.
# The packages come through a sources list of the build's own (the sid suite) with
# `apt-get download` and are unpacked with `dpkg-deb -x`: nothing is installed over the machine's
# packages and the machine's apt state is not touched. Idempotent: a tool already unpacked is kept.
#
# Afterwards:
#   tools/prometheus-3.5/bin/prometheus     tools/prometheus-3.5/bin/promtool
#   tools/alertmanager-0.33/bin/alertmanager tools/alertmanager-0.33/bin/amtool
# Tests find them there from the checkout root, or through the environment variables
# PROMTOOL_3, PROMETHEUS_3, ALERTMANAGER_0_33 and AMTOOL_0_33 (absolute paths).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD/tools"
prometheus_dir="$root/prometheus-3.5"
alertmanager_dir="$root/alertmanager-0.33"

if [ -x "$prometheus_dir/bin/promtool" ] && [ -x "$prometheus_dir/bin/prometheus" ] &&
  [ -x "$alertmanager_dir/bin/alertmanager" ] && [ -x "$alertmanager_dir/bin/amtool" ]; then
  exit 0
fi

apt_dir="$root/apt"
mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial" "$apt_dir/debs"
echo 'deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian sid main' \
  >"$apt_dir/sources.list"
apt_options=(
  -o "Dir::Etc::SourceList=$apt_dir/sources.list" -o Dir::Etc::SourceParts=/dev/null
  -o "Dir::State::Lists=$apt_dir/lists" -o "Dir::Cache=$apt_dir/cache"
  -o Debug::NoLocking=true -o APT::Sandbox::User="$(id -un)"
)
apt-get -qq "${apt_options[@]}" update

# The newest version of a package whose upstream version starts with the given prefix.
version_of() {
  local package=$1 prefix=$2 version
  version=$(apt-cache "${apt_options[@]}" madison "$package" |
    awk -F'|' -v p="$prefix" '{gsub(/ /, "", $2); if (index($2, p) == 1) { print $2; exit }}')
  if [ -z "$version" ]; then
    echo "Debian's sid suite has no $package $prefix* any more; set the tools' paths by hand" >&2
    exit 1
  fi
  echo "$version"
}

unpack() {
  local target=$1; shift
  local staging="$apt_dir/unpacked-$(basename "$target")"
  rm -rf "$staging" "$target"
  mkdir -p "$staging" "$target/bin"
  (cd "$apt_dir/debs" && for spec in "$@"; do apt-get -qq "${apt_options[@]}" download "$spec"; done)
  for spec in "$@"; do dpkg-deb -x "$apt_dir/debs/${spec%%=*}_${spec#*=}_"*.deb "$staging"; done
  mv "$staging"/usr/bin/* "$target/bin/"
  rm -rf "$staging"
}

prometheus_version=$(version_of prometheus 3.5.)
promtool_version=$(version_of promtool 3.5.)
alertmanager_version=$(version_of prometheus-alertmanager 0.33.)
unpack "$prometheus_dir" "prometheus=$prometheus_version" "promtool=$promtool_version"
unpack "$alertmanager_dir" "prometheus-alertmanager=$alertmanager_version"
mv "$alertmanager_dir/bin/prometheus-alertmanager" "$alertmanager_dir/bin/alertmanager"
rm -rf "$apt_dir/debs"
"$prometheus_dir/bin/promtool" --version | head -1
"$alertmanager_dir/bin/alertmanager" --version 2>&1 | head -1
