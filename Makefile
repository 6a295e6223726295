# The two commands a new user needs: `make serve` and `make test`.
.PHONY: serve test setup setup-test

serve: setup
	.venv/bin/claimlight serve

test: setup-test
	.venv/bin/python -m pytest

setup:
	scripts/setup.sh

setup-test:
	scripts/setup.sh --test
