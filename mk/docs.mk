# README's generated sections: the C API table from minrt.h, the size table
# from the last `make sizes` (build/sizes.tsv). `make sizes readme` refreshes both.
.PHONY: readme
readme:
	toolchain/readme-gen --sizes $(BUILD)/sizes.tsv

TEST_SUITES += tests/integration/readme.sh
