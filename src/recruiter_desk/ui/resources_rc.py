# Resource object code (Python 3)
# Created by: object code
# Created by: The Resource Compiler for Qt version 6.11.3
# WARNING! All changes made in this file will be lost!

from PySide6 import QtCore

qt_resource_data = b"\
\x00\x00\x04\xf4\
/\
* Recruiter Desk\
: a light touch \
on top of the pl\
atform style. Co\
lours come from \
the\x0a   palette s\
o that the syste\
m's dark mode is\
 followed. */\x0a\x0a#\
sidebar {\x0a    ba\
ckground: palett\
e(window);\x0a    b\
order-right: 1px\
 solid palette(m\
id);\x0a    padding\
-top: 8px;\x0a    f\
ont-size: 11pt;\x0a\
}\x0a#sidebar::item\
 {\x0a    padding: \
7px 14px;\x0a    bo\
rder-radius: 6px\
;\x0a    margin: 1p\
x 6px;\x0a}\x0a#sideba\
r::item:selected\
 {\x0a    backgroun\
d: palette(highl\
ight);\x0a    color\
: palette(highli\
ghted-text);\x0a}\x0a#\
pageTitle {\x0a    \
font-size: 17pt;\
\x0a    font-weight\
: 600;\x0a}\x0a#countL\
abel {\x0a    color\
: palette(placeh\
older-text);\x0a   \
 padding-bottom:\
 3px;\x0a}\x0a#emptyTi\
tle {\x0a    font-s\
ize: 15pt;\x0a    f\
ont-weight: 600;\
\x0a}\x0a#emptyBody {\x0a\
    color: palet\
te(placeholder-t\
ext);\x0a    font-s\
ize: 10.5pt;\x0a}\x0a#\
detailTitle {\x0a  \
  font-size: 15p\
t;\x0a    font-weig\
ht: 600;\x0a}\x0a#deta\
ilSubtitle {\x0a   \
 color: palette(\
placeholder-text\
);\x0a    font-size\
: 10.5pt;\x0a}\x0a#det\
ailLabel {\x0a    c\
olor: palette(pl\
aceholder-text);\
\x0a}\x0a#fieldError, \
#formFailure {\x0a \
   color: #c6282\
8;\x0a}\x0aQLineEdit[i\
nvalid=\x22true\x22], \
QPlainTextEdit[i\
nvalid=\x22true\x22] {\
\x0a    border: 1px\
 solid #c62828;\x0a\
    border-radiu\
s: 3px;\x0a}\x0a#banne\
r {\x0a    backgrou\
nd: #fff4ce;\x0a   \
 color: #3d3000;\
\x0a    padding: 8p\
x 14px;\x0a    bord\
er-bottom: 1px s\
olid #e5d38a;\x0a}\x0a\
QTableView {\x0a   \
 border: 1px sol\
id palette(mid);\
\x0a}\x0a\
\x00\x00\x00!\
<\
\xb8d\x18\xca\xef\x9c\x95\xcd!\x1c\xbf`\xa1\xbd\xdd\xa7\
\x00\x00\x00\x05nl_NL\x88\x00\x00\x00\x02\x01\x01\
\
\x00\x00\x04\xa5\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<!-- Recru\
iter Desk applic\
ation icon: a pe\
rson at a desk w\
hose front panel\
 shows the pipel\
ine. -->\x0a<svg xm\
lns=\x22http://www.\
w3.org/2000/svg\x22\
 width=\x22128\x22 hei\
ght=\x22128\x22 viewBo\
x=\x220 0 128 128\x22>\
\x0a  <title>Recrui\
ter Desk</title>\
\x0a  <!-- tile -->\
\x0a  <rect x=\x226\x22 y\
=\x226\x22 width=\x22116\x22\
 height=\x22116\x22 rx\
=\x2226\x22 fill=\x22#1E5\
A87\x22/>\x0a  <!-- so\
ft backdrop behi\
nd the person --\
>\x0a  <circle cx=\x22\
64\x22 cy=\x2256\x22 r=\x223\
6\x22 fill=\x22#2A6E9E\
\x22/>\x0a  <!-- perso\
n -->\x0a  <circle \
cx=\x2264\x22 cy=\x2244\x22 \
r=\x2215\x22 fill=\x22#EA\
F6F8\x22/>\x0a  <path \
d=\x22M35 82 C35 67\
 48 61 64 61 C80\
 61 93 67 93 82 \
Z\x22 fill=\x22#EAF6F8\
\x22/>\x0a  <!-- desk:\
 legs, front pan\
el, top -->\x0a  <r\
ect x=\x2224\x22 y=\x2284\
\x22 width=\x229\x22 heig\
ht=\x2228\x22 rx=\x222\x22 f\
ill=\x22#1A8276\x22/>\x0a\
  <rect x=\x2295\x22 y\
=\x2284\x22 width=\x229\x22 \
height=\x2228\x22 rx=\x22\
2\x22 fill=\x22#1A8276\
\x22/>\x0a  <rect x=\x222\
4\x22 y=\x2286\x22 width=\
\x2280\x22 height=\x2220\x22\
 fill=\x22#21A190\x22/\
>\x0a  <rect x=\x2214\x22\
 y=\x2276\x22 width=\x221\
00\x22 height=\x2211\x22 \
rx=\x224\x22 fill=\x22#46\
CDB9\x22/>\x0a  <!-- p\
ipeline: three s\
tages, the last \
one reached -->\x0a\
  <path d=\x22M46 9\
6.5 H82\x22 stroke=\
\x22#C4F0E9\x22 stroke\
-width=\x223\x22 strok\
e-linecap=\x22round\
\x22/>\x0a  <circle cx\
=\x2246\x22 cy=\x2296.5\x22 \
r=\x225\x22 fill=\x22#C4F\
0E9\x22/>\x0a  <circle\
 cx=\x2264\x22 cy=\x2296.\
5\x22 r=\x225\x22 fill=\x22#\
C4F0E9\x22/>\x0a  <cir\
cle cx=\x2282\x22 cy=\x22\
96.5\x22 r=\x225\x22 fill\
=\x22#FFFFFF\x22/>\x0a</s\
vg>\x0a\
"

qt_resource_name = b"\
\x00\x05\
\x00o\xa6S\
\x00i\
\x00c\x00o\x00n\x00s\
\x00\x0c\
\x0d\xfc\x11\x13\
\x00t\
\x00r\x00a\x00n\x00s\x00l\x00a\x00t\x00i\x00o\x00n\x00s\
\x00\x09\
\x00(\xad#\
\x00s\
\x00t\x00y\x00l\x00e\x00.\x00q\x00s\x00s\
\x00\x14\
\x08\x08\x9d]\
\x00r\
\x00e\x00c\x00r\x00u\x00i\x00t\x00e\x00r\x00_\x00d\x00e\x00s\x00k\x00_\x00n\x00l\
\x00.\x00q\x00m\
\x00\x22\
\x09p2\x87\
\x00n\
\x00l\x00.\x00r\x00e\x00c\x00r\x00u\x00i\x00t\x00e\x00r\x00d\x00e\x00s\x00k\x00.\
\x00R\x00e\x00c\x00r\x00u\x00i\x00t\x00e\x00r\x00D\x00e\x00s\x00k\x00.\x00s\x00v\
\x00g\
"

qt_resource_struct = b"\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x03\x00\x00\x00\x01\
\x00\x00\x00.\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00\x05\
\x00\x00\x00\x10\x00\x02\x00\x00\x00\x01\x00\x00\x00\x04\
\x00\x00\x00F\x00\x00\x00\x00\x00\x01\x00\x00\x04\xf8\
\x00\x00\x00t\x00\x00\x00\x00\x00\x01\x00\x00\x05\x1d\
"


def qInitResources():
    QtCore.qRegisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)


def qCleanupResources():
    QtCore.qUnregisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)


qInitResources()
