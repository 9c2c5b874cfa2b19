FROM alpine:3.20
# expect: CAIRN-001 "fail-broken.Dockerfile cannot be parsed: unknown instruction: COPPY"
COPPY app /app
# expect: CAIRN-001 "unterminated heredoc <<EOF"
RUN <<EOF
echo "the terminator is misspelt"
EOF.
