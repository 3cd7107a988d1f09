# SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
# SPDX-License-Identifier: GPL-3.0-or-later

# Documents installed with the programs, and the packages CPack makes of an install: a .deb on
# Debian (`cmake --workflow --preset package`), an MSI through WiX on Windows.

install(FILES README.md CHANGELOG.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES resources/dataset/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR}
    RENAME dataset.md)
if(UNIX AND NOT APPLE)
    # Debian's place for the licence of a package.
    install(FILES LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR} RENAME copyright)
else()
    install(FILES LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR})
endif()

set(CPACK_PACKAGE_NAME "opcc-schemes")
set(CPACK_PACKAGE_VENDOR "The OPCC Schemes authors")
set(CPACK_PACKAGE_CONTACT "The OPCC Schemes authors")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "register of the drug and addiction schemes of Police and Crime Commissioners")
set(CPACK_PACKAGE_DESCRIPTION
    "A desktop register of the drug and addiction schemes that Offices of Police and Crime
Commissioners in England and Wales fund and oversee. Officers browse schemes by strand, area,
provider and status, keep each figure with its period, qualifier and source document, and print
comparison charts for police and crime panels and Freedom of Information replies. It starts with
a dataset built from published sources, and speaks English and Welsh.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
# WiX shows the licence in its dialog and takes only a .txt or .rtf file.
configure_file(LICENSE "${PROJECT_BINARY_DIR}/LICENSE.txt" COPYONLY)
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_BINARY_DIR}/LICENSE.txt")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "OPCC Schemes")
set(CPACK_PACKAGE_EXECUTABLES "opcc-schemes" "OPCC Schemes")
# Installed programs carry no symbols (53 MB unstripped in a RelWithDebInfo build).
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git" "/build[^/]*/" "/out/")

# Debian: the libraries the programs link come from dpkg-shlibdeps (Qt, libxlsxwriter, and
# whatever else they link, with the versions they were built against); the plugins Qt loads at
# run time are not linked, so they are named: the SQLite and PostgreSQL drivers, the platform
# plugins, and the SVG icon engine that draws the window icon. QtKeychain (a shared register's
# password in the system keychain) is linked and found by dpkg-shlibdeps too; it is named as
# well, as the keychain is a feature of its own.
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6sql6-psql, qt6-qpa-plugins, libqt6svg6, libqt6pdfwidgets6, libqt6keychain1")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-dejavu-core | fonts-liberation2")

# Windows: an MSI through the WiX toolset (3.x), installed per machine under Program Files with a
# Start menu entry. The upgrade code stays the same for every version so that a newer MSI replaces
# an older one.
set(CPACK_WIX_UPGRADE_GUID "6B1A2C5E-3F0D-4E7A-9C41-8D2F5B7E0A13")
set(CPACK_WIX_PRODUCT_ICON "${OPCC_ICON_ICO}")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "OPCC Schemes")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_ARCHITECTURE x64)

if(WIN32)
    set(CPACK_GENERATOR WIX ZIP)
    # The Qt libraries and plugins go with the programs (windeployqt), as Windows has no
    # package manager to bring them.
    qt_generate_deploy_app_script(TARGET opcc-schemes
        FILENAME_VARIABLE opcc_deploy_script
        NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT "${opcc_deploy_script}")
    # Jobs run on the offscreen platform (app/main.cpp), which windeployqt leaves out; the
    # deploy script writes a qt.conf beside the programs that points at plugins/.
    if(TARGET Qt6::QOffscreenIntegrationPlugin)
        install(FILES $<TARGET_FILE:Qt6::QOffscreenIntegrationPlugin>
            DESTINATION plugins/platforms)
    endif()
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR DEB)
endif()

include(CPack)
