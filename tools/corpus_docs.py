"""Every corpus document as one JSONL stream, for checking that a change leaves pressa's output
byte-identical:

    python3 tools/corpus_docs.py > /tmp/docs.jsonl
    target/release/pressa batch --tokens --threads 1 /tmp/docs.jsonl | md5sum   # before and after

Documents: factRuEval dev, NEREL train and dev, BSNLP, the corpus articles (published 2024-03-05),
UD (20 sentences a document), CoNLL-2003 testa and langid-ud-dev (50 lines a document). Reads
$PRESSA_CORPORA (default ../shared/corpora); writes to stdout.
"""
import json, glob, os, sys
C=os.environ.get('PRESSA_CORPORA','../shared/corpora')
out=sys.stdout
n=0
def emit(id_, text, date=None):
    global n
    d={"id":id_,"text":text}
    if date: d["date"]=date
    out.write(json.dumps(d,ensure_ascii=False)+"\n"); n+=1
for f in sorted(glob.glob(C+'/factRuEval-2016/devset/*.txt')): emit(f, open(f,encoding='utf-8-sig').read())
for f in sorted(glob.glob(C+'/NEREL/NEREL-v1.1/*/*.txt')): emit(f, open(f).read())
for f in sorted(glob.glob(C+'/BSNLP-ru/*/raw/*/*')): emit(f, open(f).read())
for f in sorted(glob.glob('corpus/*.txt')): emit(f, open(f).read(), "2024-03-05")
for f in sorted(glob.glob(C+'/UD_*/*.conllu')):
    texts=[l[len('# text = '):].rstrip('\n') for l in open(f) if l.startswith('# text = ')]
    for i in range(0,len(texts),20): emit(f"{f}:{i}", " ".join(texts[i:i+20]))
for f in ['eng.testa']:
    doc=[];sent=[]
    for l in open(C+'/conll2003-en/'+f):
        if l.startswith('-DOCSTART-'):
            if doc: emit(f"conll:{n}", "\n".join(doc)); doc=[]
            continue
        l=l.split()
        if not l:
            if sent: doc.append(" ".join(sent)); sent=[]
        else: sent.append(l[0])
    if doc: emit(f"conll:{n}", "\n".join(doc))
for f in sorted(glob.glob(C+'/langid-ud-dev/*.txt')):
    lines=open(f).read().splitlines()
    for i in range(0,len(lines),50): emit(f"{f}:{i}", "\n".join(lines[i:i+50]))
print(n, 'documents', file=sys.stderr)
