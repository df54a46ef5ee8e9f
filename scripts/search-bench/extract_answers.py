import json,os,re,sys
ROOT='/work/shared/fixtures/providers'
KEYS={'text','content','delta','thinking','reasoning_content','response','output_text','reasoning'}
def walk(o,out):
    if isinstance(o,dict):
        for k,v in o.items():
            if k in KEYS and isinstance(v,str): out.append(v)
            else: walk(v,out)
    elif isinstance(o,list):
        for v in o: walk(v,out)
def extract(path):
    out=[]
    txt=open(path,encoding='utf-8',errors='replace').read()
    objs=[]
    if path.endswith('.json'):
        try: objs=[json.loads(txt)]
        except Exception: pass
    else:
        for line in txt.splitlines():
            line=line.strip()
            if line.startswith('data:'): line=line[5:].strip()
            try: objs.append(json.loads(line))
            except Exception: pass
    for o in objs: walk(o,out)
    s=''.join(out)
    return s
res={}
for dp,dn,fn in os.walk(ROOT):
    for f in fn:
        if f.endswith(('.chunks.txt','.sse','.ndjson','.json')) and 'request' not in f:
            p=os.path.join(dp,f); s=extract(p)
            if len(s)>=80 and not re.search(r'[A-Za-z0-9+/=]{120,}',s): res[p]=s
if __name__=='__main__':
    for p,s in sorted(res.items(),key=lambda x:-len(x[1])): print(len(s),p.replace(ROOT,''),repr(s[:90]))
