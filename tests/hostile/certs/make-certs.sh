#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the TLS certificates of the hostile-server suite (tst_hostile). They are committed: test keys for
# loopback only, never trusted by anything but the test process itself.
#   ca.pem/ca.key            a test CA (valid 2025-2125); tst_hostile adds it to its own trusted CAs
#   good.pem/good.key        127.0.0.1 + localhost, issued by the CA: the control case that must work
#   expired.pem/expired.key  127.0.0.1 + localhost, issued by the CA, valid 2000-2001 only
#   wronghost.pem/.key       issued by the CA for wrong.textbench.invalid only
#   selfsigned.pem/.key      127.0.0.1 + localhost, signed by itself
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

key() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1" 2>/dev/null; }

mkdir -p "$work/db"; : > "$work/db/index.txt"; echo 1000 > "$work/db/serial"
cat > "$work/ca.cnf" <<CNF
[ca]
default_ca = test
[test]
database = $work/db/index.txt
serial = $work/db/serial
new_certs_dir = $work
certificate = ca.pem
private_key = ca.key
default_md = sha256
policy = any
unique_subject = no
copy_extensions = copy
[any]
commonName = supplied
[ca_ext]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
CNF

# Every certificate has fixed dates (openssl req -x509 can only start "now"): the CA and the self-signed one are
# signed with "openssl ca -selfsign", which takes a start date.
key ca.key
openssl req -new -key ca.key -subj "/CN=Textbench Test CA" -out "$work/ca.csr"
openssl ca -batch -selfsign -config "$work/ca.cnf" -keyfile ca.key -extensions ca_ext -in "$work/ca.csr" \
    -out ca.pem -notext -startdate 20250101000000Z -enddate 21250101000000Z 2>/dev/null

leaf() { # name subject-CN SAN start end
    key "$1.key"
    openssl req -new -key "$1.key" -subj "/CN=$2" -addext "subjectAltName=$3" -out "$work/$1.csr"
    openssl ca -batch -config "$work/ca.cnf" -in "$work/$1.csr" -out "$1.pem" -notext \
        -startdate "$4" -enddate "$5" 2>/dev/null
}
leaf good 127.0.0.1 "IP:127.0.0.1,DNS:localhost" 20250101000000Z 21250101000000Z
leaf expired 127.0.0.1 "IP:127.0.0.1,DNS:localhost" 20000101000000Z 20010101000000Z
leaf wronghost wrong.textbench.invalid "DNS:wrong.textbench.invalid" 20250101000000Z 21250101000000Z

key selfsigned.key
openssl req -new -key selfsigned.key -subj "/CN=127.0.0.1" -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" \
    -out "$work/selfsigned.csr"
openssl ca -batch -selfsign -config "$work/ca.cnf" -keyfile selfsigned.key -in "$work/selfsigned.csr" \
    -out selfsigned.pem -notext -startdate 20250101000000Z -enddate 21250101000000Z 2>/dev/null
