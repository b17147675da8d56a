#!/usr/bin/env python3
"""Generate the LibreOffice flat-ODF sources (.fodt) for the team corpus's .docx files.

Run by make-docx.sh; reads the .txt speeches next to this script and writes
  work-report-targets.fodt  headings 一、… and （一）… as REAL automatic list numbering
                            (list style with Chinese counting, label followed by nothing);
                            the numbers are not in the paragraph text.
  items-mixed.fodt          literal numbers as in the .txt; the byline paragraph holds a
                            tab and a line break (江澜省人民政府副省长<tab>赵启明<br>（2024年6月18日）);
                            a small 3x3 table follows the second preamble paragraph.
Standard library only. Output is deterministic.
"""
import os
import re
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
CN = "一二三四五六七八九十"

HEADER = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:meta>
  <dc:title>{title}</dc:title>
  <meta:creation-date>{date}T09:00:00</meta:creation-date>
  <dc:date>{date}T09:00:00</dc:date>
 </office:meta>
 <office:font-face-decls>
  <style:font-face style:name="SimSun" svg:font-family="SimSun" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:line-height="150%"/>
   <style:text-properties style:font-name="SimSun" fo:font-size="14pt" fo:language="zh" fo:country="CN"
     style:font-name-asian="SimSun" style:font-size-asian="14pt" style:language-asian="zh" style:country-asian="CN"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
  <style:style style:name="Body" style:display-name="Body" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-indent="0.99cm" fo:margin-top="0cm" fo:margin-bottom="0.1cm"/>
  </style:style>
  <style:style style:name="DocTitle" style:display-name="Doc Title" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.3cm"/>
   <style:text-properties fo:font-size="22pt" fo:font-weight="bold" style:font-size-asian="22pt" style:font-weight-asian="bold"/>
  </style:style>
  <style:style style:name="Byline" style:display-name="Byline" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="center"/>
  </style:style>
  <style:style style:name="H1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1">
   <style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.1cm"/>
   <style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/>
  </style:style>
  <style:style style:name="NumChars" style:display-name="Numbering Symbols" style:family="text">
   <!-- zh-CN on the label characters makes LibreOffice write w:numFmt chineseCountingThousand
        (without it: taiwaneseCountingThousand) -->
   <style:text-properties fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN"/>
  </style:style>
  <style:style style:name="TableText" style:display-name="Table Text" style:family="paragraph" style:parent-style-name="Standard">
   <style:text-properties fo:font-size="12pt" style:font-size-asian="12pt"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <text:list-style style:name="CNHeadings">
   <text:list-level-style-number text:level="1" text:style-name="NumChars" style:num-format="一, 二, 三, ..." style:num-suffix="、">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="nothing" fo:text-indent="0cm" fo:margin-left="0.99cm"/>
    </style:list-level-properties>
   </text:list-level-style-number>
   <text:list-level-style-number text:level="2" text:style-name="NumChars" style:num-format="一, 二, 三, ..." style:num-prefix="（" style:num-suffix="）" text:display-levels="1">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="nothing" fo:text-indent="0.99cm" fo:margin-left="0cm"/>
    </style:list-level-properties>
   </text:list-level-style-number>
  </text:list-style>
  <style:style style:name="Tbl" style:family="table">
   <style:table-properties style:width="15cm" table:align="center"/>
  </style:style>
  <style:style style:name="TblCell" style:family="table-cell">
   <style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/>
  </style:style>
 </office:automatic-styles>
 <office:body>
  <office:text>
"""

FOOTER = """  </office:text>
 </office:body>
</office:document>
"""


def read_lines(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [l.strip(" \u3000") for l in f.read().split("\n") if l.strip(" \u3000")]


def p(style, text):
    return '   <text:p text:style-name="%s">%s</text:p>\n' % (style, escape(text))


def work_report():
    lines = read_lines("work-report-targets.txt")
    out = [HEADER.format(title=escape(lines[0]), date="2026-01-20")]
    out.append(p("DocTitle", lines[0]))
    out.append(p("Byline", lines[1]))
    out.append(p("Byline", lines[2]))
    out.append(p("Standard", lines[3]))  # 各位代表：
    first = True
    for line in lines[4:]:
        m1 = re.match("^[%s]+、(.*)$" % CN, line)
        m2 = re.match("^（[%s]+）(.*)$" % CN, line)
        if m1 or m2:
            # Every numbered paragraph is its own <text:list>; all of them continue one list
            # (xml:id "cnlist"), so level 1 counts 一、二、… across the document and level 2
            # restarts at （一） under each level-1 item.
            attrs = 'xml:id="cnlist"' if first else 'text:continue-list="cnlist"'
            first = False
            if m1:
                out.append('   <text:list %s text:style-name="CNHeadings"><text:list-item>'
                           '<text:h text:style-name="H1" text:outline-level="1">%s</text:h>'
                           '</text:list-item></text:list>\n' % (attrs, escape(m1.group(1))))
            else:
                out.append('   <text:list %s text:style-name="CNHeadings"><text:list-item><text:list><text:list-item>'
                           '<text:p text:style-name="Body">%s</text:p>'
                           '</text:list-item></text:list></text:list-item></text:list>\n' % (attrs, escape(m2.group(1))))
        else:
            out.append(p("Body", line))
    out.append(FOOTER)
    return "".join(out)


def items_mixed():
    lines = read_lines("items-mixed.txt")
    out = [HEADER.format(title=escape(lines[0]), date="2024-06-18")]
    out.append(p("DocTitle", lines[0]))
    # byline: the full-width space of the .txt becomes a tab, and the two byline lines of the
    # .txt become one paragraph with a line break.
    office, name = lines[1].split("\u3000")
    out.append('   <text:p text:style-name="Byline">%s<text:tab/>%s<text:line-break/>%s</text:p>\n'
               % (escape(office), escape(name), escape(lines[2])))
    out.append(p("Standard", lines[3]))  # 同志们：
    rows = [("指标", "2022年", "2023年"),
            ("政务服务事项网上可办率", "89.4%", "93.6%"),
            ("累计数据共享服务", "20.4亿次", "28亿次")]
    for i, line in enumerate(lines[4:]):
        if re.match("^[%s]+、" % CN, line):
            out.append('   <text:h text:style-name="H1" text:outline-level="1">%s</text:h>\n' % escape(line))
        else:
            out.append(p("Body", line))
        if i == 1:  # after the second preamble paragraph (去年以来……)
            out.append('   <table:table table:name="主要指标" table:style-name="Tbl">\n'
                       '    <table:table-column table:number-columns-repeated="3"/>\n')
            for row in rows:
                out.append("    <table:table-row>")
                for cell in row:
                    out.append('<table:table-cell table:style-name="TblCell" office:value-type="string">'
                               '<text:p text:style-name="TableText">%s</text:p></table:table-cell>' % escape(cell))
                out.append("</table:table-row>\n")
            out.append("   </table:table>\n")
    out.append(FOOTER)
    return "".join(out)


if __name__ == "__main__":
    for name, make in (("work-report-targets.fodt", work_report), ("items-mixed.fodt", items_mixed)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(make())
        print("wrote", name)
