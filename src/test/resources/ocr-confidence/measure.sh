#!/bin/bash
# Renders numbers in handwriting-style and print fonts, OCRs them, prints truth, read, confidence.
export OMP_THREAD_LIMIT=1
RANDOM=7
fonts="/usr/share/fonts/truetype/fifthhorseman/dkg.ttf /usr/share/fonts/truetype/humor-sans/Humor-Sans.ttf /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
ls /usr/share/fonts/truetype/humor-sans/ >/dev/null 2>&1 || fonts=$(echo $fonts | sed 's#[^ ]*Humor[^ ]*##')
i=0
for font in $fonts; do
  for n in $(seq 1 30); do
    case $((n % 5)) in
      0) t=$((RANDOM % 900 + 100)),$((RANDOM % 900 + 100)),$((RANDOM % 900 + 100));;
      1) t=$((RANDOM * 97 % 9000000 + 1000000));;
      2) t=0.$((RANDOM % 9000 + 1000));;
      3) t=$((RANDOM % 300));;
      4) t=$((RANDOM % 90 + 10));;
    esac
    i=$((i+1))
    convert -density 300 -background white -fill black -font "$font" -pointsize 14 label:"= $t" -bordercolor white -border 30 img$i.png 2>/dev/null
    read_conf=$(tesseract img$i.png - --psm 7 tsv 2>/dev/null | awk -F'\t' 'NR>1 && $12!="" && $11>=0 {print $12"\t"$11}' | grep -v '^=' | tail -1)
    echo -e "$(basename $font)\t$t\t$read_conf"
  done
done
