// Version of the thidua library; THIDUA_VERSION_* also appear in thidua.h.
#ifndef THIDUA_VERSION_HPP_
#define THIDUA_VERSION_HPP_

#define THIDUA_VERSION_MAJOR 0
#define THIDUA_VERSION_MINOR 1
#define THIDUA_VERSION_PATCH 0
#define THIDUA_VERSION_STRING "0.1.0"

#endif  // THIDUA_VERSION_HPP_
