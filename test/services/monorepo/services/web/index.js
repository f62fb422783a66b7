// The front end: no model here, so no service is reported for it.
const express = require('express');

const app = express();
app.get('/', (req, res) => res.send('hello'));
app.listen(3000);
