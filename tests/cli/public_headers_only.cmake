# The thidua command uses the library's public API only (STYLE.md, "the
# thidua tool … use only the public headers"): every quoted #include in
# src/cli names a file of the command itself (cli/), the workbench it starts
# (serve/server.hpp) or the public API (thidua/). Run with -DSOURCE_DIR=….
file(GLOB sources ${SOURCE_DIR}/src/cli/*.cc ${SOURCE_DIR}/src/cli/*.hpp)
set(bad "")
foreach(source ${sources})
  file(STRINGS ${source} includes REGEX "^#include \"")
  foreach(line ${includes})
    if(NOT line MATCHES "^#include \"(cli/|thidua/|serve/server\\.hpp\")")
      list(APPEND bad "${source}: ${line}")
    endif()
  endforeach()
endforeach()
list(LENGTH sources count)
if(count EQUAL 0)
  message(FATAL_ERROR "no source found in ${SOURCE_DIR}/src/cli")
endif()
if(bad)
  list(JOIN bad "\n" text)
  message(FATAL_ERROR "src/cli includes internal headers; use include/thidua/thidua.hpp:\n${text}")
endif()
message(STATUS "src/cli: ${count} files, public headers only")
