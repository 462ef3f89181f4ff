#!/usr/bin/env bash
# A signed and notarised macOS app bundle. Run on a Mac with Xcode's command-line tools and a
# "Developer ID Application" certificate in the keychain:
#
#     export SIGNING_IDENTITY="Developer ID Application: Your Name (TEAMID)"
#     export NOTARY_PROFILE="recruiter-desk"   # xcrun notarytool store-credentials ...
#     bash packaging/macos/build-and-sign.sh
#
# Gives build/Recruiter Desk.app and build/RecruiterDesk.dmg, stapled.
set -euo pipefail
cd "$(dirname "$0")/../.."
uv run --group packaging pyinstaller packaging/pyinstaller/recruiter-desk.spec \
    --distpath build/dist --workpath build/pyinstaller --noconfirm
app="build/Recruiter Desk.app"
rm -rf "${app}"
mkdir -p "${app}/Contents/MacOS" "${app}/Contents/Resources"
cp -a build/dist/recruiter-desk/. "${app}/Contents/MacOS/"
cp packaging/macos/Info.plist "${app}/Contents/Info.plist"
# The icon: the SVG rendered to an .icns (iconutil needs an .iconset of PNGs).
iconset="build/RecruiterDesk.iconset"
mkdir -p "${iconset}"
for size in 16 32 128 256 512; do
    rsvg-convert -w "${size}" -h "${size}" resources/icons/nl.recruiterdesk.RecruiterDesk.svg \
        -o "${iconset}/icon_${size}x${size}.png"
    rsvg-convert -w $((size * 2)) -h $((size * 2)) \
        resources/icons/nl.recruiterdesk.RecruiterDesk.svg -o "${iconset}/icon_${size}x${size}@2x.png"
done
iconutil -c icns "${iconset}" -o "${app}/Contents/Resources/RecruiterDesk.icns"
codesign --deep --force --options runtime --timestamp --sign "${SIGNING_IDENTITY}" "${app}"
hdiutil create -volname "Recruiter Desk" -srcfolder "${app}" -ov -format UDZO build/RecruiterDesk.dmg
codesign --sign "${SIGNING_IDENTITY}" --timestamp build/RecruiterDesk.dmg
xcrun notarytool submit build/RecruiterDesk.dmg --keychain-profile "${NOTARY_PROFILE}" --wait
xcrun stapler staple build/RecruiterDesk.dmg
