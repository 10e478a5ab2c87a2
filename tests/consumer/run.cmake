# The `consumer` ctest: install the build tree into a prefix inside the build
# folder, then configure, build and run tests/consumer against it alone.
# cmake -DBUILD_DIR=… -DSOURCE_DIR=… -DWORK_DIR=… -DGENERATOR=… -P run.cmake
include(${CMAKE_CURRENT_LIST_DIR}/../../cmake/ThiduaScriptSteps.cmake)
thidua_script_requires(consumer BUILD_DIR SOURCE_DIR WORK_DIR GENERATOR)

thidua_install_tree(consumer prefix)
# Only the install tree: no hint points back at the build or source tree,
# and pkg-config sees no other thidua.pc (CMAKE_PREFIX_PATH adds the prefix).
set(ENV{PKG_CONFIG_PATH} "")
# Boost and nlohmann_json are build-only: the installed package must not
# name them, and the consumer must configure with them unfindable.
file(GLOB_RECURSE package_files ${prefix}/*.cmake ${prefix}/*.pc)
foreach(f ${package_files})
  file(READ ${f} text)
  if(text MATCHES "Boost::|nlohmann_json::|dependency\\((Boost|nlohmann_json)|-lboost")
    message(FATAL_ERROR "consumer: ${f} names Boost or nlohmann_json, build-only dependencies")
  endif()
endforeach()
thidua_step(consumer ${CMAKE_COMMAND} -S ${SOURCE_DIR} -B ${WORK_DIR}/build -G ${GENERATOR}
  -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH=${prefix}
  -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF
  -DCMAKE_DISABLE_FIND_PACKAGE_Boost=ON -DCMAKE_DISABLE_FIND_PACKAGE_nlohmann_json=ON
  --no-warn-unused-cli  # those two are not even looked for
  "-DCMAKE_C_FLAGS=-Wall -Wextra -Wpedantic -Werror"
  "-DCMAKE_CXX_FLAGS=-Wall -Wextra -Wpedantic -Werror")
thidua_step(consumer ${CMAKE_COMMAND} --build ${WORK_DIR}/build)

set(rules ${SOURCE_DIR}/plan.td)
foreach(exe consumer_cpp consumer_c consumer_c_shared consumer_c_pkgconfig)
  if(EXISTS ${WORK_DIR}/build/${exe})
    thidua_step(consumer ${WORK_DIR}/build/${exe} ${rules})
    list(APPEND ran ${exe})
  endif()
endforeach()
message(STATUS "consumer: ran ${ran}")
