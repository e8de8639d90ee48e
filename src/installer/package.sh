#!/usr/bin/env bash
# Builds the installable program from the jar and its libraries (run by `./mvnw -Pinstaller package`):
#   target/installer/reimbursement-desk/   a self-contained application image: a launcher and a Java
#                                          runtime made by jlink, so no JDK is needed to run it;
#   target/installer/*.deb                 a Debian package of that image, where dpkg-deb exists.
# Then it starts the image's launcher with --help and checks that the command line answered, so a
# broken image fails the build rather than the user.
set -euo pipefail
target="$1"      # the project's build directory
version="$2"     # the project's version, without -SNAPSHOT
main_class="$3"
name=reimbursement-desk
out="$target/installer"
input="$target/installer-input"

rm -rf "$out" "$input"
mkdir -p "$input" "$out"
cp "$target/$name.jar" "$input/"
cp -r "$target/libs" "$input/libs"

# The runtime holds the modules the program and its libraries use (Hibernate needs java.naming,
# java.sql and java.instrument, ByteBuddy jdk.unsupported, the file lock and prefs java.prefs,
# TLS for a PostgreSQL server jdk.crypto.ec); JavaFX comes as jars on the class path from libs/.
modules=java.base,java.desktop,java.sql,java.naming,java.logging,java.xml,java.management,java.prefs,\
java.instrument,java.scripting,java.compiler,java.net.http,java.security.jgss,java.transaction.xa,\
jdk.unsupported,jdk.crypto.ec,jdk.zipfs,jdk.localedata,jdk.charsets,jdk.management,jdk.jfr

jpackage --type app-image --name "$name" --app-version "$version" \
  --input "$input" --main-jar "$name.jar" --main-class "$main_class" \
  --add-modules "$modules" --jlink-options "--strip-debug --no-header-files --no-man-pages --strip-native-commands" \
  --java-options "--add-opens=javafx.graphics/javafx.scene=ALL-UNNAMED" \
  --java-options "--add-opens=javafx.controls/javafx.scene.control.skin=ALL-UNNAMED" \
  --description "Reimbursement Desk: customer reimbursements, vendor payments and bank files" \
  --vendor "Reimbursement Desk" --dest "$out"
echo "installer: application image $out/$name"

launcher="$out/$name/bin/$name"
help="$("$launcher" --help 2>&1)" || { echo "installer: '$launcher --help' failed:"; echo "$help"; exit 1; }
if ! grep -q "reimburse" <<<"$help"; then
  echo "installer: '$launcher --help' did not list the commands:"; echo "$help"; exit 1
fi
echo "installer: $launcher --help lists the commands"

if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
  jpackage --type deb --app-image "$out/$name" --name "$name" --app-version "$version" \
    --description "Reimbursement Desk: customer reimbursements, vendor payments and bank files" \
    --vendor "Reimbursement Desk" --linux-package-name "$name" --linux-shortcut \
    --linux-menu-group Office --linux-app-category office --dest "$out"
  echo "installer: Debian package $(ls "$out"/*.deb)"
else
  echo "installer: no dpkg-deb and fakeroot here, so no .deb (the application image is complete)"
fi
