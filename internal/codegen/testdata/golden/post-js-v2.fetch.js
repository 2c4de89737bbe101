// url and fields are what the presigned POST returns; the file goes last.
const form = new FormData();
for (const [name, value] of Object.entries(fields)) form.append(name, value);
form.append("file", file);
const response = await fetch(url, { method: "POST", body: form });
