// The page: sends the inventory to POST /api/reports and draws the answer. No framework and no
// CDN, so it works offline and next to the simulator.
(function () {
	'use strict';

	const $ = (id) => document.getElementById(id);
	const MILESTONES = [
		{ field: 'endOfSale', label: 'End of sale', color: '#5b8def' },
		{ field: 'endOfSoftwareMaintenance', label: 'End of SW maintenance', color: '#f0a030' },
		{ field: 'lastDateOfSupport', label: 'Last date of support', color: '#d64545' }
	];
	const COLUMNS = [
		['hostname', 'Hostname'], ['serialNumber', 'Serial'], ['productId', 'PID'], ['description', 'Description'],
		['softwareType', 'Software'], ['softwareVersion', 'Version'], ['endOfSale', 'End of sale'],
		['endOfSoftwareMaintenance', 'End of SW maint.'], ['lastDateOfSupport', 'Last date of support'],
		['migrationProductId', 'Migration PID'], ['covered', 'Covered'], ['contractEnd', 'Contract end'],
		['warrantyEnd', 'Warranty end'], ['suggestedRelease', 'Suggested release'], ['advisories', 'Advisories'],
		['highestSeverity', 'Highest severity'], ['notes', 'Notes']
	];
	const SEVERITY_RANK = { Critical: 0, High: 1, Medium: 2, Low: 3, Informational: 4 };
	let report = null;
	let sort = { field: 'lastDateOfSupport', ascending: true };

	fetch('api/info').then((r) => r.json()).then((info) => {
		$('csv-header').textContent = info.csvHeader;
		if (info.simulator) {
			$('mode').textContent = 'Running against the embedded Cisco Support API SIMULATOR: the data is synthetic. '
				+ 'Set CISCO_SUPPORT_CLIENT_ID and CISCO_SUPPORT_CLIENT_SECRET to use Cisco.';
			$('mode').hidden = false;
			$('load-sample').hidden = false;
		}
	});

	$('load-sample').addEventListener('click', () =>
		fetch('api/sample-inventory').then((r) => r.text()).then((csv) => { $('inventory').value = csv; }));

	$('file').addEventListener('change', (event) => {
		const file = event.target.files[0];
		if (file) {
			file.text().then((csv) => { $('inventory').value = csv; });
		}
	});

	$('run').addEventListener('click', () => {
		const csv = $('inventory').value;
		const rows = csv.split('\n').filter((line) => line.trim()).length;
		const started = Date.now();
		$('run').disabled = true;
		const ticker = setInterval(() => status('Asking Cisco about ' + rows + ' rows… '
				+ Math.round((Date.now() - started) / 1000) + ' s (calls are paced by the rate limit)'), 500);
		fetch('api/reports', { method: 'POST', headers: { 'Content-Type': 'text/csv' }, body: csv })
			.then((r) => r.ok ? r.json() : r.text().then((text) => { throw new Error(r.status + ': ' + text); }))
			.then((answer) => {
				report = answer;
				status('Report of ' + answer.devices.length + ' devices in '
					+ ((Date.now() - started) / 1000).toFixed(1) + ' s.');
				show();
			})
			.catch((error) => status('The report failed: ' + error.message))
			.finally(() => { clearInterval(ticker); $('run').disabled = false; });
	});

	function status(text) {
		$('status').textContent = text;
	}

	function show() {
		$('result').hidden = false;
		$('download-csv').href = 'api/reports/' + encodeURIComponent(report.id) + '/csv';
		const json = new Blob([JSON.stringify(report, null, 2)], { type: 'application/json' });
		$('download-json').href = URL.createObjectURL(json);
		summary();
		warnings();
		timeline();
		table();
		rejected();
	}

	function summary() {
		const s = report.summary;
		const cards = [
			['Devices', s.devices], ['Past last date of support', s.pastLastDateOfSupport, true],
			['Last date of support within 12 months', s.lastDateOfSupportWithin12Months, true],
			['… within 24 months', s.lastDateOfSupportWithin24Months], ['Not covered', s.uncovered, true],
			['With critical advisories', s.criticalAdvisories, true], ['Not found at Cisco', s.notFoundAtCisco],
			['Skipped rows', s.rejectedRows]
		];
		const box = $('summary');
		box.replaceChildren(...cards.map(([label, value, bad]) => {
			const card = element('div', 'card' + (bad && value > 0 ? ' bad' : ''));
			card.append(element('b', null, String(value)), label);
			card.dataset.metric = label;
			return card;
		}));
		const asOf = element('div', 'card', 'as of ' + report.asOf);
		box.append(asOf);
	}

	function warnings() {
		$('warnings').replaceChildren(...Object.entries(report.unavailable)
			.map(([api, why]) => element('li', null, api + ': ' + why)));
	}

	// Grouped bars: per year, how many devices reach each milestone. Drawn as inline SVG.
	function timeline() {
		const counts = {};
		report.devices.forEach((device) => MILESTONES.forEach((m, i) => {
			const date = device[m.field];
			if (date) {
				const year = Number(date.slice(0, 4));
				(counts[year] = counts[year] || [0, 0, 0])[i]++;
			}
		}));
		const years = Object.keys(counts).map(Number).sort((a, b) => a - b);
		const box = $('timeline');
		if (years.length === 0) {
			box.replaceChildren(element('p', null, 'No end-of-life milestones in this inventory.'));
			return;
		}
		const all = [];
		for (let y = years[0]; y <= years[years.length - 1]; y++) {
			all.push(y);
		}
		const max = Math.max(...all.flatMap((y) => counts[y] || [0]));
		const left = 40, top = 30, height = 220, bar = 7, group = bar * 3 + 8;
		const width = left + all.length * group + 20;
		const svg = svgElement('svg', { width, height: top + height + 40, viewBox: '0 0 ' + width + ' ' + (top + height + 40),
			role: 'img', 'aria-label': 'End-of-life milestones by year' });
		for (let tick = 0; tick <= 4; tick++) {
			const value = Math.round(max * tick / 4);
			const y = top + height - height * value / max;
			svg.append(svgElement('line', { x1: left, x2: width - 10, y1: y, y2: y, stroke: '#e1e5ea' }));
			svg.append(svgText(left - 4, y + 4, String(value), 'end'));
		}
		const thisYear = Number(report.asOf.slice(0, 4));
		all.forEach((year, i) => {
			const x = left + i * group + 4;
			if (year === thisYear) {
				svg.append(svgElement('rect', { x: x - 4, y: top, width: group, height, fill: '#0b3a5b14' }));
			}
			(counts[year] || [0, 0, 0]).forEach((count, m) => {
				const h = height * count / max;
				const rect = svgElement('rect', { x: x + m * bar, y: top + height - h, width: bar - 1, height: h,
					fill: MILESTONES[m].color, 'data-year': year, 'data-milestone': MILESTONES[m].field, 'data-count': count });
				rect.append(svgElement('title', {}, year + ' ' + MILESTONES[m].label + ': ' + count));
				svg.append(rect);
			});
			if (all.length < 20 || year % 2 === 0) {
				svg.append(svgText(x + bar * 1.5, top + height + 14, String(year), 'middle'));
			}
		});
		MILESTONES.forEach((m, i) => {
			svg.append(svgElement('rect', { x: left + i * 170, y: 6, width: 10, height: 10, fill: m.color }));
			svg.append(svgText(left + i * 170 + 14, 15, m.label, 'start'));
		});
		box.replaceChildren(svg);
	}

	function table() {
		const head = element('tr');
		COLUMNS.forEach(([field, label]) => {
			const th = element('th', null, label);
			th.dataset.field = field;
			if (sort.field === field) {
				th.setAttribute('aria-sort', sort.ascending ? 'ascending' : 'descending');
			}
			th.addEventListener('click', () => {
				sort = { field, ascending: sort.field === field ? !sort.ascending : true };
				table();
			});
			head.append(th);
		});
		document.querySelector('#report-table thead').replaceChildren(head);
		const devices = report.devices.slice().sort(compare);
		document.querySelector('#report-table tbody').replaceChildren(...devices.map((device) => {
			const tr = element('tr');
			tr.dataset.serial = device.serialNumber;
			COLUMNS.forEach(([field]) => {
				const value = device[field];
				const text = Array.isArray(value) ? value.join('; ')
					: (value === null || value === undefined) ? '' : (typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value));
				const td = element('td', null, text);
				td.dataset.field = field;
				if (field === 'lastDateOfSupport' && value && value < report.asOf) {
					td.className = 'past';
				}
				if (field === 'highestSeverity' && value) {
					td.className = value;
				}
				tr.append(td);
			});
			return tr;
		}));
	}

	// Empty values sort last in either direction; severities by rank, not alphabetically.
	function compare(a, b) {
		const key = (device) => {
			const value = device[sort.field];
			if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
				return null;
			}
			return sort.field === 'highestSeverity' ? SEVERITY_RANK[value] ?? 9 : Array.isArray(value) ? value.join() : value;
		};
		const x = key(a), y = key(b);
		if (x === null || y === null) {
			return x === y ? 0 : (x === null ? 1 : -1);
		}
		const order = (typeof x === 'number' && typeof y === 'number') ? x - y : String(x).localeCompare(String(y));
		return sort.ascending ? order : -order;
	}

	function rejected() {
		const rows = report.rejectedRows;
		$('rejected').hidden = rows.length === 0;
		document.querySelector('#rejected ul').replaceChildren(...rows.map((row) =>
			element('li', null, 'line ' + row.line + ': ' + row.reason + ' — ' + row.content)));
	}

	function element(name, className, text) {
		const e = document.createElement(name);
		if (className) {
			e.className = className;
		}
		if (text !== undefined) {
			e.textContent = text;
		}
		return e;
	}

	function svgElement(name, attributes, text) {
		const e = document.createElementNS('http://www.w3.org/2000/svg', name);
		Object.entries(attributes).forEach(([k, v]) => e.setAttribute(k, v));
		if (text !== undefined) {
			e.textContent = text;
		}
		return e;
	}

	function svgText(x, y, text, anchor) {
		return svgElement('text', { x, y, 'text-anchor': anchor, 'font-size': 10, fill: '#1d2733' }, text);
	}
}());
