const express = require('express');

const app = express();
const port = process.env.PORT || 3000;

app.get('/', (req, res) => res.send('Hello from a multi-stage build\n'));

app.listen(port, () => {
  console.log(`hello-express listening on port ${port}`);
});
