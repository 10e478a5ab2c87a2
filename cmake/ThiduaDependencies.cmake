# Finds thidua's dependencies, each only when a parent project has not
# already provided its targets.
if(NOT TARGET Boost::headers)
  find_package(Boost 1.74 REQUIRED)
endif()
if(NOT TARGET absl::status)
  find_package(absl REQUIRED)
endif()
if(NOT TARGET ICU::uc)
  find_package(ICU REQUIRED COMPONENTS uc)
endif()
if(NOT TARGET nlohmann_json::nlohmann_json)
  find_package(nlohmann_json 3 REQUIRED)
endif()
if(THIDUA_BUILD_TESTS AND NOT TARGET GTest::gtest_main)
  find_package(GTest REQUIRED)
endif()
if(THIDUA_BUILD_BENCHMARKS AND NOT TARGET benchmark::benchmark)
  find_package(benchmark REQUIRED)
endif()

# Warnings for thidua's own code (dependencies' headers are SYSTEM).
add_library(thidua_warnings INTERFACE)
target_compile_options(thidua_warnings INTERFACE -Wall -Wextra -Wpedantic
  $<$<BOOL:${THIDUA_WERROR}>:-Werror>)
