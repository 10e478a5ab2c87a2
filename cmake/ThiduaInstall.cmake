# Installs thidua as a CMake package: find_package(thidua) gives
# thidua::thidua (the C++ and C APIs) and, in a static build,
# thidua::thidua_c (the C API as a shared library); plus a version file, a
# pkg-config file, the headers and the `thidua` command.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set_target_properties(thidua PROPERTIES
  VERSION ${PROJECT_VERSION} SOVERSION ${THIDUA_SOVERSION})

set(thidua_install_targets thidua)
if(TARGET thidua_c)
  list(APPEND thidua_install_targets thidua_c)
endif()
install(TARGETS ${thidua_install_targets} EXPORT thiduaTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
if(TARGET thidua_cli)
  install(TARGETS thidua_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/thidua
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})

set(thidua_cmake_dir ${CMAKE_INSTALL_LIBDIR}/cmake/thidua)
install(EXPORT thiduaTargets NAMESPACE thidua:: DESTINATION ${thidua_cmake_dir})
# The config needs to know whether libthidua is static: then its private
# dependencies are part of what a consumer links.
if(BUILD_SHARED_LIBS)
  set(THIDUA_STATIC_LIBRARY OFF)
else()
  set(THIDUA_STATIC_LIBRARY ON)
endif()
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/thiduaConfig.cmake.in
  ${PROJECT_BINARY_DIR}/thiduaConfig.cmake INSTALL_DESTINATION ${thidua_cmake_dir})
# 0.x releases may break the API at each minor version: only the same
# major.minor is compatible (SameMajorVersion from 1.0 on).
write_basic_package_version_file(${PROJECT_BINARY_DIR}/thiduaConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/thiduaConfig.cmake
              ${PROJECT_BINARY_DIR}/thiduaConfigVersion.cmake
        DESTINATION ${thidua_cmake_dir})

# pkg-config: the prefix is found from the .pc file's own place, so an
# install tree can be moved (and `cmake --install --prefix` works).
file(RELATIVE_PATH THIDUA_PC_TO_PREFIX
  ${CMAKE_INSTALL_FULL_LIBDIR}/pkgconfig ${CMAKE_INSTALL_PREFIX})
string(REGEX REPLACE "/$" "" THIDUA_PC_TO_PREFIX "${THIDUA_PC_TO_PREFIX}")
configure_file(${PROJECT_SOURCE_DIR}/cmake/thidua.pc.in
  ${PROJECT_BINARY_DIR}/thidua.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/thidua.pc
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
