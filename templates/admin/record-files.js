// Starts the form editor (Decap CMS, loaded before this module) with the configuration the build made from the
// record format, and teaches it to read and write record files the way editors write them by hand.
import { readRecord, writeRecord, recordId } from './record-text.js';

const config = await (await fetch('config.json')).json();

for (const collection of config.collections) {
  CMS.registerCustomFormat(collection.format, collection.extension, {
    fromFile: text => readRecord(text),
    toFile: data => writeRecord(data, collection.fields, collection.record_modeline),
  });
}

// A new record gets its file name (the id) from its German name and town before it is saved.
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const data = entry.get('data');
    if (!entry.get('newRecord')) return data;
    const collection = config.collections.find(c => c.name === entry.get('collection'));
    const name = data.getIn(collection.identifier_field.split('.'));
    return data.set('__record_id', recordId(name, data.get('ort')));
  },
});

CMS.init({ config: { ...config, load_config_file: false } });
