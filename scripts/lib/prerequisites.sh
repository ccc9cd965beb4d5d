# Shared by scripts/dev, scripts/test and .ci/run: installs missing system packages from Debian's archive.
# Source it; it defines functions only.

# Runs a command as root: directly when we are root (as in CI), through sudo otherwise.
as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    else
        sudo "$@"
    fi
}

# Installs the given Debian packages non-interactively, refreshing the package lists first.
apt_install() {
    echo "Installing $* from Debian's packages..."
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@"
}

# Whether PostgreSQL's server programs are installed where the embedded cluster looks for them.
has_postgresql() {
    compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || command -v initdb >/dev/null
}

# Installs PostgreSQL (server and contrib extensions) unless it is already there.
ensure_postgresql() {
    has_postgresql || apt_install postgresql
}
