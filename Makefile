# Two commands for a fresh Debian/Ubuntu machine: `make run` and `make test`.
BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
# Optimised with line tables only (-g1): backtraces, perf and gdb name the file and line, and the build (what most of
# a CI run is) is shorter than with -g's full variable information.
RELEASE_FLAGS ?= -O2 -g1 -DNDEBUG
WERROR ?= OFF
JOBS ?= $(shell nproc)
DOCUMENT ?=
CRASH_TRIALS ?= 2000
# The libFuzzer targets and the ASan + UBSan suite build with clang in directories of their own, with assertions on
# (Debug), -O1 so that they run at a useful speed and line tables only (-g1: file and line in every report, a quarter
# less compile time than -g). clang instruments in half the time gcc takes, and most of a CI run is these builds. The
# main build (gcc) is the one that gates warnings.
FUZZ_DIR ?= build-fuzz
SANITIZE_DIR ?= build-sanitize
CHECKED_BUILD = -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" -DQUARTERDECK_WERROR=OFF \
	-DCMAKE_CXX_COMPILER=clang++
FUZZ_RUNS ?= 10000
FUZZ_SECONDS ?= 300
FUZZERS = $(notdir $(basename $(wildcard tests/fuzz/targets/*.cpp)))
# A finding ends the run; LeakSanitizer skips the leaks named in the suppression file (Qt's own, explained there).
export ASAN_OPTIONS ?= abort_on_error=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS ?= print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS ?= suppressions=$(CURDIR)/tests/sanitizers/lsan.supp:print_suppressions=0

.PHONY: all setup configure build run package translations test bench bench-details crash-test fuzz-build fuzz test-sanitize clean

all: build

setup:
	@./.ci/install-packages

configure: setup
	@cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="$(RELEASE_FLAGS)" \
		-DQUARTERDECK_WERROR=$(WERROR) > /dev/null

build: configure
	@cmake --build $(BUILD_DIR) --parallel $(JOBS) -- --no-print-directory

run: build
	@./$(BUILD_DIR)/app/quarterdeck $(DOCUMENT)

# A .deb of the installation (CPack): $(BUILD_DIR)/quarterdeck_VERSION_ARCH.deb.
package: build
	@cmake --build $(BUILD_DIR) --target package

# The .ts files (resources/translations) updated from the sources' texts: new texts appear unfinished, texts gone
# from the sources are dropped. Translate the new ones with Qt Linguist (linguist6 FILE.ts) or in the file.
translations: configure
	@cmake --build $(BUILD_DIR) --target update_translations

# The suite beside a PostgreSQL server of its own (removed when it ends), then each fuzz target for FUZZ_RUNS inputs.
test: build fuzz-build
	@cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen $(CURDIR)/tests/postgres/throwaway-cluster \
		ctest --output-on-failure --parallel $(JOBS)
	@cd $(FUZZ_DIR) && ctest --output-on-failure --parallel $(JOBS)

# One table: each action of the big organisation against raw SQLite or plain Qt doing the same work, in the same run;
# the organisation database's rows beside a throw-away PostgreSQL server.
bench: build
	@QT_QPA_PLATFORM=offscreen tests/postgres/throwaway-cluster ./$(BUILD_DIR)/tests/quarterdeck_bench_table

# Every benchmark behind the table, one figure each (about ten minutes).
bench-details: build
	@QT_QPA_PLATFORM=offscreen ./$(BUILD_DIR)/tests/quarterdeck_bench

# The crash test long: CRASH_TRIALS killed processes per family (check-ins and imports; new documents).
crash-test: build
	@CRASH_TRIALS=$(CRASH_TRIALS) ./$(BUILD_DIR)/tests/quarterdeck_crash_tests

fuzz-build: setup
	@cmake -S . -B $(FUZZ_DIR) $(CHECKED_BUILD) -DQUARTERDECK_FUZZ=ON \
		-DQUARTERDECK_SANITIZE=fuzzer-no-link,address,undefined -DQUARTERDECK_FUZZ_RUNS=$(FUZZ_RUNS) > /dev/null
	@cmake --build $(FUZZ_DIR) --parallel $(JOBS) -- --no-print-directory

# Each fuzz target for FUZZ_SECONDS, one after the other (one core each); what they find stays in
# $(FUZZ_DIR)/corpus/ for the next run.
fuzz: fuzz-build
	@for fuzzer in $(FUZZERS); do \
		echo "== $$fuzzer: $(FUZZ_SECONDS) s"; \
		tests/fuzz/run-fuzzer.sh $(FUZZ_DIR)/tests/fuzz/quarterdeck_fuzz_$$fuzzer tests/data/fuzz/$$fuzzer \
			$(FUZZ_DIR)/corpus/$$fuzzer -max_total_time=$(FUZZ_SECONDS) || exit 1; \
	done

# The whole suite built with AddressSanitizer and UndefinedBehaviorSanitizer (no benchmarks). Memory faults
# show in a few rounds of the process races as well as in many: those run fewer rounds than in `make test`.
test-sanitize: setup
	@cmake -S . -B $(SANITIZE_DIR) $(CHECKED_BUILD) -DQUARTERDECK_SANITIZE=address,undefined \
		-DQUARTERDECK_BENCH=OFF > /dev/null
	@cmake --build $(SANITIZE_DIR) --parallel $(JOBS) -- --no-print-directory
	@cd $(SANITIZE_DIR) && QT_QPA_PLATFORM=offscreen CRASH_TRIALS=20 CHECKIN_RACE_ROUNDS=25 \
		ctest --output-on-failure --parallel $(JOBS)

clean:
	@rm -rf $(BUILD_DIR) $(FUZZ_DIR) $(SANITIZE_DIR)
