#!/usr/bin/env bash
set -eu
mvn -B checkstyle:check
