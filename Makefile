# Two commands for a fresh Debian/Ubuntu machine: `make run` and `make test`.
BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
WERROR ?= OFF
JOBS ?= $(shell nproc)
DOCUMENT ?=
CRASH_TRIALS ?= 2000

.PHONY: all setup configure build run test bench crash-test clean

all: build

setup:
	@./.ci/install-packages

configure: setup
	@cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DQUARTERDECK_WERROR=$(WERROR) > /dev/null

build: configure
	@cmake --build $(BUILD_DIR) --parallel $(JOBS) -- --no-print-directory

run: build
	@./$(BUILD_DIR)/app/quarterdeck $(DOCUMENT)

test: build
	@cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel $(JOBS)

bench: build
	@./$(BUILD_DIR)/tests/quarterdeck_bench

# The crash test long: CRASH_TRIALS killed processes per family (check-ins and imports; new documents).
crash-test: build
	@CRASH_TRIALS=$(CRASH_TRIALS) ./$(BUILD_DIR)/tests/quarterdeck_crash_tests

clean:
	@rm -rf $(BUILD_DIR)
