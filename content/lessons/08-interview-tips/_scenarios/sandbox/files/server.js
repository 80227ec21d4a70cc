const express = require('express');

const app = express();
const port = process.env.PORT || 3000;

app.get('/', (req, res) => res.send('Hello from distroless\n'));

app.listen(port, () => {
  console.log(`myapp listening on port ${port}`);
});
