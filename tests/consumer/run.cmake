# The `consumer` ctest: install the build tree into a prefix inside the build
# folder, then configure, build and run tests/consumer against it alone.
# cmake -DBUILD_DIR=… -DSOURCE_DIR=… -DWORK_DIR=… -DGENERATOR=… -P run.cmake
foreach(var BUILD_DIR SOURCE_DIR WORK_DIR GENERATOR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "run.cmake: ${var} is not set")
  endif()
endforeach()

function(step)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "consumer: failed (${rc}): ${ARGN}")
  endif()
endfunction()

set(prefix ${WORK_DIR}/prefix)
file(REMOVE_RECURSE ${WORK_DIR})
step(${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix})
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
step(${CMAKE_COMMAND} -S ${SOURCE_DIR} -B ${WORK_DIR}/build -G ${GENERATOR}
  -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH=${prefix}
  -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF
  -DCMAKE_DISABLE_FIND_PACKAGE_Boost=ON -DCMAKE_DISABLE_FIND_PACKAGE_nlohmann_json=ON
  --no-warn-unused-cli  # those two are not even looked for
  "-DCMAKE_C_FLAGS=-Wall -Wextra -Wpedantic -Werror"
  "-DCMAKE_CXX_FLAGS=-Wall -Wextra -Wpedantic -Werror")
step(${CMAKE_COMMAND} --build ${WORK_DIR}/build)

set(rules ${SOURCE_DIR}/plan.td)
foreach(exe consumer_cpp consumer_c consumer_c_shared consumer_c_pkgconfig)
  if(EXISTS ${WORK_DIR}/build/${exe})
    step(${WORK_DIR}/build/${exe} ${rules})
    list(APPEND ran ${exe})
  endif()
endforeach()
message(STATUS "consumer: ran ${ran}")
