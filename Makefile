# fumin — the two commands are `make run` and `make test`; the rest are the parts they are made of.
SHELL := /bin/bash
.DEFAULT_GOAL := help

MVNW      := cd backend && ./mvnw -B -q
NPM       := cd frontend && npm
JAR       := backend/target/quarkus-app/quarkus-run.jar
NODE_DEPS := frontend/node_modules/.installed
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

# DEMO=1 loads the demo data set into an empty database.
DEMO ?= 0
demo_flag = $(if $(filter 1 true yes,$(DEMO)),true,false)

.PHONY: help run test bench gen lint build build-frontend build-backend \
        test-contract test-frontend test-backend test-deploy test-e2e dev-backend dev-frontend clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-15s %s\n", $$1, $$2}'

run: build ## build and run the whole app at http://localhost:8080 (embedded PostgreSQL in ./data)
	FUMIN_DEMO_DATA=$(demo_flag) java -jar $(JAR)

test: test-contract test-frontend build-frontend test-backend test-e2e ## every test: contract, frontend, backend, browser
	@echo "All tests passed."

bench: build ## benchmarks against a packaged backend on loopback (prints figures, writes backend/target/bench-results.json)
	backend/bench/run.sh

gen: $(NODE_DEPS) ## regenerate the SPA's API types from openapi.yaml
	$(NPM) run gen

lint: test-contract $(NODE_DEPS) ## lint the contract and the frontend
	$(NPM) run lint

build: build-frontend build-backend ## build the SPA and the backend that serves it

build-frontend: $(NODE_DEPS)
	$(NPM) run build

build-backend:
	$(MVNW) package -DskipTests

test-contract: $(NODE_DEPS) ## lint openapi.yaml (Spectral + OWASP rules) and check the generated types for drift
	$(NPM) run lint:contract
	$(NPM) run gen:check

test-frontend: $(NODE_DEPS) ## lint, type-check and unit-test the SPA
	$(NPM) run lint
	$(NPM) test

test-backend: ## API and contract tests on an embedded PostgreSQL (or QUARKUS_DATASOURCE_JDBC_URL), then the packaged app, alone and behind nginx
	$(MVNW) verify

# Part of test-backend: the compose file against the Compose Specification, and nginx with
# frontend/nginx.conf in front of the packaged backend (needs nginx: apt-get install nginx-light).
test-deploy: build-frontend ## the deployment files alone: compose schema, nginx -t, nginx in front of the packaged app
	$(MVNW) verify -Dtest=ComposeFileTest -Dit.test=FrontProxyIT -Dsurefire.failIfNoSpecifiedTests=false

test-e2e: $(NODE_DEPS) ## browser tests in Chromium against the packaged app on a fresh embedded database
	$(NPM) run e2e

dev-backend: ## backend in Quarkus dev mode (live reload) on :8080
	FUMIN_DATABASE_DIR=$(CURDIR)/data/dev-postgres $(MVNW) quarkus:dev -Dquarkus.analytics.disabled=true

dev-frontend: $(NODE_DEPS) ## SPA dev server on :5173, proxying /api and /q to :8080
	$(NPM) run dev

$(NODE_DEPS): frontend/package-lock.json
	$(NPM) ci --no-audit --no-fund
	@touch $@

clean: ## remove build output (keeps ./data)
	rm -rf backend/target frontend/dist frontend/node_modules
