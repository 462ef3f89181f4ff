#!/usr/bin/env bash
# AppImage from the PyInstaller one-folder build. Run from the repository root on Linux:
#
#     uv run --group packaging pyinstaller packaging/pyinstaller/recruiter-desk.spec \
#         --distpath build/dist --workpath build/pyinstaller --noconfirm
#     bash packaging/appimage/build-appimage.sh      # needs appimagetool on PATH
#
# Gives build/RecruiterDesk-<version>-x86_64.AppImage.
set -euo pipefail
cd "$(dirname "$0")/../.."

app_id="nl.recruiterdesk.RecruiterDesk"
version="$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')"
appdir="build/AppDir"
rm -rf "${appdir}"
mkdir -p "${appdir}/usr/lib" "${appdir}/usr/share/applications" "${appdir}/usr/share/metainfo" \
    "${appdir}/usr/share/icons/hicolor/scalable/apps"
cp -a build/dist/recruiter-desk "${appdir}/usr/lib/recruiter-desk"
cp "packaging/linux/${app_id}.desktop" "${appdir}/usr/share/applications/"
cp "packaging/linux/${app_id}.desktop" "${appdir}/"
cp "packaging/linux/${app_id}.metainfo.xml" "${appdir}/usr/share/metainfo/"
cp "resources/icons/${app_id}.svg" "${appdir}/usr/share/icons/hicolor/scalable/apps/"
cp "resources/icons/${app_id}.svg" "${appdir}/${app_id}.svg"
cat >"${appdir}/AppRun" <<'RUN'
#!/bin/sh
here="$(dirname "$(readlink -f "$0")")"
exec "${here}/usr/lib/recruiter-desk/recruiter-desk" "$@"
RUN
chmod +x "${appdir}/AppRun"
ARCH=x86_64 appimagetool "${appdir}" "build/RecruiterDesk-${version}-x86_64.AppImage"
