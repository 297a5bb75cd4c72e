# WebTasks — the two commands: `make demo` and `make test`. Each installs what is missing first.
PORT ?= 5080
CONFIG ?= Release

.PHONY: demo serve test bench deps build clean

deps:
	@bash scripts/ensure-deps.sh

# What is missing is installed while the solution builds (npm and apt beside the compiler save a minute on a fresh machine).
build:
	@bash scripts/ensure-deps.sh & deps=$$!; dotnet build WebTasks.Functions.sln -c $(CONFIG) -nologo -v q -clp:ErrorsOnly; built=$$?; wait $$deps || exit 1; exit $$built

## Azurite + the service on http://127.0.0.1:$(PORT), runs a web task on the bundled demo site, prints the results.
demo: build
	@PORT=$(PORT) CONFIG=$(CONFIG) bash scripts/demo.sh

## Azurite + the service on http://127.0.0.1:$(PORT) (Development: workspace `demo`, key `dev-key`), until Ctrl+C.
serve: build
	@PORT=$(PORT) CONFIG=$(CONFIG) bash scripts/serve.sh

## The whole test suite: real Chromium, real Azurite, local sites on 127.0.0.1.
test: build
	@CONFIG=$(CONFIG) bash scripts/test.sh

## Figures: saved-script runs through the API against hand-written Playwright, start latency, throughput.
bench: build
	@dotnet run -c $(CONFIG) --no-build --project bench/WebTasks.Benchmarks

clean:
	@dotnet clean WebTasks.Functions.sln -nologo -v q; rm -rf .run
